ActiveRecord::Schema[7.1].define(version: 2024_05_14_090000) do
  enable_extension "plpgsql"

  create_table "adopters", force: :cascade do |t|
    t.string "name", null: false
    t.string "email", null: false
  end

  create_table "dogs", force: :cascade do |t|
    t.string "name", null: false
    t.date "arrived_on"
    t.date "adopted_on"
    t.bigint "adopter_id"
  end
end
