const { Model } = require('objection');

class Event extends Model {
  static get tableName() {
    return 'events';
  }

  static get relationMappings() {
    const Ticket = require('./Ticket');
    return {
      tickets: {
        relation: Model.HasManyRelation,
        modelClass: Ticket,
        join: { from: 'events.id', to: 'tickets.event_id' },
      },
    };
  }

  static get modifiers() {
    return {
      upcoming(builder) {
        builder.where('starts_at', '>', new Date()).orderBy('starts_at');
      },
    };
  }
}

module.exports = Event;
