package com.acme.tasks

import com.acme.tasks.repository.TaskRepository
import com.acme.tasks.routes.taskRoutes
import com.acme.tasks.service.TaskService
import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.routing.routing
import org.jetbrains.exposed.sql.Database

fun Application.module() {
    val cfg = environment.config.config("database")
    Database.connect(HikariDataSource(HikariConfig().apply {
        driverClassName = cfg.property("driverClassName").getString()
        jdbcUrl = cfg.property("jdbcURL").getString()
        username = cfg.property("user").getString()
        password = cfg.propertyOrNull("password")?.getString() ?: ""
    }))
    install(ContentNegotiation) { json() }
    val service = TaskService(TaskRepository())
    routing { taskRoutes(service) }
}
