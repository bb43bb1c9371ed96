package com.acme.tasks.model

import kotlinx.serialization.Serializable
import org.jetbrains.exposed.sql.Table

object Tasks : Table("tasks") {
    val id = integer("id").autoIncrement()
    val title = varchar("title", 200)
    val done = bool("done").default(false)
    override val primaryKey = PrimaryKey(id)
}

@Serializable
data class Task(val id: Int, val title: String, val done: Boolean)
