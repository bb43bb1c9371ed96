import { Column, CreatedAt, DataType, HasMany, Model, Table } from 'sequelize-typescript';
import { Comment } from './comment.model';

@Table({ tableName: 'threads', underscored: true })
export class Thread extends Model {
  @Column({ type: DataType.STRING(200), allowNull: false })
  declare title: string;

  @Column(DataType.TEXT)
  declare body: string;

  @Column({ type: DataType.BOOLEAN, defaultValue: false })
  declare locked: boolean;

  @CreatedAt
  declare createdAt: Date;

  @HasMany(() => Comment)
  declare comments: Comment[];
}
