import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum Priority {
  Low = 'low',
  Normal = 'normal',
  Urgent = 'urgent',
}

@Entity()
export class Ticket {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  subject!: string;

  @Index()
  @Column({ type: 'enum', enum: Priority, default: Priority.Normal })
  priority!: Priority;

  @Column({ default: false })
  resolved!: boolean;

  @CreateDateColumn()
  openedAt!: Date;
}
