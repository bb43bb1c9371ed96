package com.acme.tasks.repository

import com.acme.tasks.model.Task
import com.acme.tasks.model.Tasks
import org.jetbrains.exposed.sql.ResultRow
import org.jetbrains.exposed.sql.SqlExpressionBuilder.eq
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.transaction
import org.jetbrains.exposed.sql.update

class TaskRepository {
    private fun ResultRow.toTask() = Task(this[Tasks.id], this[Tasks.title], this[Tasks.done])

    fun open(): List<Task> = transaction {
        Tasks.selectAll().where { Tasks.done eq false }.map { it.toTask() }
    }

    fun markDone(id: Int): Boolean = transaction {
        Tasks.update({ Tasks.id eq id }) { it[done] = true } > 0
    }
}
