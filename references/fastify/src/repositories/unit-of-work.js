import { guarded } from './errors.js';

/**
 * Runs a use case's writes as one transaction, without the services knowing the ORM:
 * `run(work)` calls `work(tx)`, commits when it resolves and rolls back when it throws.
 * Repositories take the opaque `tx` as their last argument; every query of the work passes it on.
 *
 * Transactions of this process run one at a time. A file database allows a single writer
 * anyway, and its driver runs every statement on a small shared thread pool: concurrent
 * transactions there wait for each other's lock inside those threads and starve. Queued here,
 * they never contend; a database server does not mind the queue at this application's scale.
 */
export class UnitOfWork {
  #sequelize;
  #queue = Promise.resolve();

  constructor(sequelize) {
    this.#sequelize = sequelize;
  }

  run(work) {
    const done = this.#queue.then(() => guarded(() => this.#sequelize.transaction((transaction) => work(transaction))));
    this.#queue = done.catch(() => undefined);
    return done;
  }
}
