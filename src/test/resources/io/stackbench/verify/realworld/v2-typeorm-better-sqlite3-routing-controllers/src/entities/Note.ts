import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Notebook } from './Notebook';

@Entity('notes')
export class Note {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('text')
  body!: string;

  @Column({ default: false })
  pinned!: boolean;

  @CreateDateColumn()
  createdAt!: Date;

  @ManyToOne(() => Notebook, (nb) => nb.notes, { onDelete: 'CASCADE' })
  notebook!: Notebook;
}
