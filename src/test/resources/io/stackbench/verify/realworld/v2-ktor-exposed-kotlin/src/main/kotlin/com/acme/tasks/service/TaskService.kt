package com.acme.tasks.service

import com.acme.tasks.repository.TaskRepository

class TaskService(private val repo: TaskRepository) {
    fun openTasks() = repo.open().sortedBy { it.title.lowercase() }

    fun complete(id: Int): Boolean {
        require(id > 0) { "id must be positive" }
        return repo.markDone(id)
    }
}
