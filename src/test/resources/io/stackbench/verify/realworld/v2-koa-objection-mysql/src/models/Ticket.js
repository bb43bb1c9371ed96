const { Model } = require('objection');

class Ticket extends Model {
  static get tableName() {
    return 'tickets';
  }

  static get jsonSchema() {
    return {
      type: 'object',
      required: ['event_id', 'holder_email'],
      properties: {
        id: { type: 'integer' },
        event_id: { type: 'integer' },
        holder_email: { type: 'string', format: 'email' },
        seat: { type: ['string', 'null'] },
      },
    };
  }
}

module.exports = Ticket;
