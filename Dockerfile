# Build with a JDK and Maven; run on a JRE as a non-root user.
# .ci/image-steps.sh runs these same steps without Docker (CI has no engine).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src/main ./src/main
# Tests run in CI, not here: skip compiling them too.
RUN mvn -B -q package -Dmaven.test.skip=true \
 && java -Djarmode=tools -jar target/psoas-care.jar extract --destination /app

# Java 17 bytecode runs on the Java 25 JRE, whose AOT cache cuts start-up to under 5 s.
FROM eclipse-temurin:25-jre
# /app is made and owned by the app user before WORKDIR, so the training run below can
# write its cache there (WORKDIR would make it as root; COPY --chown does not change it).
RUN groupadd --system app && useradd --system --gid app --uid 10001 --no-create-home app \
 && mkdir /app && chown app:app /app
WORKDIR /app
COPY --from=build --chown=app:app /app /app
USER app
# Train the AOT cache once: start against the embedded database and exit after refresh.
RUN java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -Dpsoascare.drain-period=0s \
    -jar /app/psoas-care.jar
# The measured settings (docs/operations.md); override JAVA_TOOL_OPTIONS to change them.
ENV MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms32m -Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k"
EXPOSE 8080
# No curl in the JRE image: a tiny class of the app asks for readiness.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", "/app/psoas-care.jar", "org.psoascare.HealthCheck"]
# Stop with SIGTERM and allow the drain (10 s) and graceful shutdown (20 s):
# docker stop --time 35, or terminationGracePeriodSeconds: 35.
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/psoas-care.jar"]
