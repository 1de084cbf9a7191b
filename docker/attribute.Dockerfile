# The attribute image: computes the lift tables and writes them back to the warehouse.
#
# Packaged from the host's Maven build, the jars the tests ran: docker/build.sh builds them
# (`mvn -DskipTests package`) and hands this file a build context that holds only
# attribute/target/attnlift-attribute.jar and attribute/target/lib/. The container args start with the command name, e.g.
# `attribute --run-id=2026-11-30 ...`, exactly as in workflows/argo/workflow-template.yaml.
# The base image is a build argument: the public, pinned Temurin JRE by default; a Debian-built
# stand-in with `docker/build.sh --local` (machines that cannot pull public images).
ARG JRE_BASE=eclipse-temurin:17.0.13_11-jre-jammy
FROM ${JRE_BASE}
# A non-root user with the uid of Argo's executor (see workflows/argo/workflow-template.yaml).
RUN groupadd --gid 8737 attnlift \
 && useradd --uid 8737 --gid attnlift --no-create-home --shell /usr/sbin/nologin attnlift \
 && mkdir -p /runs && chown attnlift:attnlift /runs
WORKDIR /app
# The stage's own runnable jar and its classpath (its manifest's Class-Path: lib/...), nothing else;
# the classpath first, since it changes less often than the jar.
COPY lib /app/lib
COPY attnlift-attribute.jar /app/attnlift-attribute.jar
USER 8737:8737
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/attnlift-attribute.jar"]
