import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Project } from './Project';

@Entity({ tableName: 'time_entries' })
export class TimeEntry {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Project)
  project!: Project;

  @Property()
  person!: string;

  @Property({ type: 'date' })
  day!: string;

  @Property()
  minutes!: number;
}
