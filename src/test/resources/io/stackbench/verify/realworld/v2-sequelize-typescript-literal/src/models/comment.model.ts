import { BelongsTo, Column, DataType, ForeignKey, Model, Table } from 'sequelize-typescript';
import { Thread } from './thread.model';

@Table({ tableName: 'comments', underscored: true })
export class Comment extends Model {
  @ForeignKey(() => Thread)
  @Column(DataType.INTEGER)
  declare threadId: number;

  @Column(DataType.TEXT)
  declare body: string;

  @BelongsTo(() => Thread)
  declare thread: Thread;
}
