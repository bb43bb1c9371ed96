import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { TimeEntry } from './TimeEntry';

@Entity({ tableName: 'projects' })
export class Project {
  @PrimaryKey()
  id!: number;

  @Property({ unique: true })
  code!: string;

  @Property()
  name!: string;

  @OneToMany(() => TimeEntry, (entry) => entry.project)
  entries = new Collection<TimeEntry>(this);
}
