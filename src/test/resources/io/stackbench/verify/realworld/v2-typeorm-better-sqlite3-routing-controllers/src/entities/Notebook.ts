import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Note } from './Note';

@Entity('notebooks')
export class Notebook {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ length: 80 })
  name!: string;

  @OneToMany(() => Note, (note) => note.notebook)
  notes!: Note[];
}
