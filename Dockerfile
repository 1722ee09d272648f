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
# A fixed small heap instead of 75% of the machine's memory (which let the resident memory grow to 780 MB under
# load): the app keeps little, its profile cache is capped at jobboard.profile-cache.maximum-memory (48 MB). The
# serial collector has the smallest footprint on a few cores; bench/profile-page.sh compares it with G1
# (GC_COMPARE) - see README.md, "Benchmark".
ENTRYPOINT ["java", "-Xmx192m", "-Xss512k", "-XX:+UseSerialGC", "-jar", "/app/app.jar"]
