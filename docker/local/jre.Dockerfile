# A local stand-in for the Temurin JRE base (eclipse-temurin:17-jre), made from Debian's own
# packages for machines that cannot pull public images: `docker/build.sh --local` builds it on the
# Debian base it makes with debootstrap, then builds every stage image on it.
#
# Like Temurin, it holds one self-contained Java 17 runtime at /opt/java/openjdk (JAVA_HOME, on
# the PATH): jlink'ed from Debian's JDK, with Debian's CA certificates, so that the train-gpu
# image can copy it onto its CUDA base exactly as it copies Temurin's.
ARG DEBIAN_BASE=attnlift-local/debian:bookworm
FROM ${DEBIAN_BASE} AS jdk
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      openjdk-17-jdk-headless ca-certificates-java
# --strip-java-debug-attributes: Debian's --strip-debug would also need binutils' objcopy.
RUN jlink --add-modules ALL-MODULE-PATH --strip-java-debug-attributes --no-man-pages \
      --no-header-files \
      --compress=2 --output /opt/java/openjdk \
 && cp --remove-destination /etc/ssl/certs/java/cacerts /opt/java/openjdk/lib/security/cacerts

FROM ${DEBIAN_BASE}
ENV JAVA_HOME=/opt/java/openjdk \
    LANG=C.UTF-8
ENV PATH="${JAVA_HOME}/bin:${PATH}"
COPY --from=jdk /opt/java/openjdk /opt/java/openjdk
RUN java -version
