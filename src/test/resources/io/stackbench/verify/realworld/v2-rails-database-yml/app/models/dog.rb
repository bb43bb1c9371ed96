class Dog < ApplicationRecord
  belongs_to :adopter, optional: true

  validates :name, presence: true
  scope :available, -> { where(adopter_id: nil).order(:arrived_on) }
end
