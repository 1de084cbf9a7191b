# The train image for GPUs: TF Java's GPU native library on NVIDIA CUDA 12.5 / cuDNN 9.
#
# Packaged from the host's Maven build with the parent pom's `gpu` profile (mvn -Pgpu), which swaps
# the TF native classifier to linux-x86_64-gpu and builds into train/target/gpu/: docker/build.sh
# builds it and hands this file a build context that holds only train/target/gpu/attnlift-train.jar
# and train/target/gpu/lib/. The runtime is the CUDA runtime image with the same pinned Temurin JRE
# as the other images, copied in. Both bases are build arguments; `docker/build.sh --local` points
# them at Debian-built stand-ins (no CUDA there: the stage loads the GPU library and reports that
# it sees no GPU, exit code 2).
ARG JRE_BASE=eclipse-temurin:17.0.13_11-jre-jammy
ARG CUDA_BASE=nvidia/cuda:12.5.1-cudnn-runtime-ubuntu22.04
FROM ${JRE_BASE} AS jre

FROM ${CUDA_BASE}
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
# The stage's own runnable jar and its classpath (its manifest's Class-Path: lib/...), nothing else;
# the classpath first, since it changes less often than the jar.
COPY lib /app/lib
COPY attnlift-train.jar /app/attnlift-train.jar
USER 8737:8737
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/attnlift-train.jar"]
