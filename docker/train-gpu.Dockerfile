# syntax=docker/dockerfile:1.12
# The train image for GPUs: TF Java's GPU native library on NVIDIA CUDA 12.5 / cuDNN 9.
#
# Built with the parent pom's `gpu` profile (mvn -Pgpu), which swaps the TF native classifier to
# linux-x86_64-gpu. The runtime is the CUDA runtime image with the same pinned Temurin JRE as the
# other images, copied in. Built from the repository root: docker build -f
# docker/train-gpu.Dockerfile . (docker/build.sh builds and tags every image).
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
# The reactor needs every module's pom; only common and this stage are built.
COPY pom.xml ./
COPY common/pom.xml common/
COPY extract/pom.xml extract/
COPY preprocess/pom.xml preprocess/
COPY train/pom.xml train/
COPY attribute/pom.xml attribute/
COPY report/pom.xml report/
COPY workflows/pom.xml workflows/
COPY common/src common/src
COPY train/src train/src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -Pgpu -pl train -am -DskipTests package

FROM eclipse-temurin:17.0.13_11-jre-jammy AS jre

FROM nvidia/cuda:12.5.1-cudnn-runtime-ubuntu22.04
ENV JAVA_HOME=/opt/java/openjdk
ENV PATH="${JAVA_HOME}/bin:${PATH}" \
    LANG=C.UTF-8 \
    NVIDIA_VISIBLE_DEVICES=all \
    NVIDIA_DRIVER_CAPABILITIES=compute,utility
COPY --from=jre /opt/java/openjdk /opt/java/openjdk
# A non-root user with the uid of Argo's executor (see workflows/argo/workflow-template.yaml).
RUN groupadd --gid 8737 attnlift \
 && useradd --uid 8737 --gid attnlift --no-create-home --shell /usr/sbin/nologin attnlift \
 && mkdir -p /runs && chown attnlift:attnlift /runs
WORKDIR /app
# The stage's own runnable jar and its classpath (its manifest's Class-Path: lib/...), nothing else.
COPY --from=build /src/train/target/attnlift-train.jar /app/attnlift-train.jar
COPY --from=build /src/train/target/lib /app/lib
USER 8737:8737
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/attnlift-train.jar"]
