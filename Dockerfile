# Build with a JDK and Maven; run on a JRE as a non-root user.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/psoas-care.jar extract --destination /app

# Java 17 bytecode runs on the Java 25 JRE, whose AOT cache cuts start-up to under 5 s.
FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --uid 10001 --no-create-home app
WORKDIR /app
COPY --from=build --chown=app:app /app /app
USER app
# Train the AOT cache once: start against the embedded database and exit after refresh.
RUN java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -jar /app/psoas-care.jar
# The measured settings (docs/benchmarks.md); override JAVA_TOOL_OPTIONS to change them.
ENV MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms32m -Xmx64m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k"
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/psoas-care.jar"]
