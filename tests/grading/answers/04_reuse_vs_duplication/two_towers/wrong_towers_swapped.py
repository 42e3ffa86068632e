# Misconception: which tower reads which input does not matter, they are alike (the
# given encoder is asked on the left input) (explained from the layers' places by
# check_in_place, no table entry).
# Expect: fail "the given encoder does right_code's job"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    config = encoder.get_config()
    config["name"] = "twin"
    twin = keras.layers.Dense.from_config(config)
    merged = keras.layers.Concatenate()([twin(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
