package com.acme.tasks.routes

import com.acme.tasks.service.TaskService
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.route

fun Route.taskRoutes(service: TaskService) {
    route("/tasks") {
        get { call.respond(service.openTasks()) }
        post("/{id}/done") {
            val id = call.parameters["id"]?.toIntOrNull() ?: return@post call.respond(HttpStatusCode.BadRequest)
            call.respond(if (service.complete(id)) HttpStatusCode.NoContent else HttpStatusCode.NotFound)
        }
    }
}
