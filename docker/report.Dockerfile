# syntax=docker/dockerfile:1.12
# The report image: writes the HTML report of a run.
#
# Built from the repository root: docker build -f docker/report.Dockerfile . (docker/build.sh
# builds and tags every image). The container args start with the command name, e.g.
# `report --run-id=2026-11-30 ...`, exactly as in workflows/argo/workflow-template.yaml.
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
COPY report/src report/src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -pl report -am -DskipTests package

FROM eclipse-temurin:17.0.13_11-jre-jammy
# A non-root user with the uid of Argo's executor (see workflows/argo/workflow-template.yaml).
RUN groupadd --gid 8737 attnlift \
 && useradd --uid 8737 --gid attnlift --no-create-home --shell /usr/sbin/nologin attnlift \
 && mkdir -p /runs && chown attnlift:attnlift /runs
WORKDIR /app
# The stage's own runnable jar and its classpath (its manifest's Class-Path: lib/...), nothing else.
COPY --from=build /src/report/target/attnlift-report.jar /app/attnlift-report.jar
COPY --from=build /src/report/target/lib /app/lib
USER 8737:8737
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/attnlift-report.jar"]
