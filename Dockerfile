# Build with the Maven Wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B -DskipTests package && cp target/jobboard-*.jar /app.jar

FROM eclipse-temurin:17-jre-alpine
RUN addgroup -S app && adduser -S app -G app
USER app
WORKDIR /app
COPY --from=build /app.jar app.jar
EXPOSE 8080
# A fixed small heap and the serial collector: the app keeps little (the profile cache is capped at
# jobboard.profile-cache.maximum-memory), and on a few cores the serial collector had the lower p99 and RSS
# (bench/README.md, "Memory and collectors").
ENTRYPOINT ["java", "-Xmx192m", "-Xss512k", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
