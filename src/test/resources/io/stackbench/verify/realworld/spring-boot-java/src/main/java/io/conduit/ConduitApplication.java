package io.conduit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ConduitApplication {
    public static void main(String[] args) {
        SpringApplication.run(ConduitApplication.class, args);
    }
}
