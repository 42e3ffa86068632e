# Misconception: the same layer called on two inputs gives two independent encoders
# (explained from the layer's calls by check_fresh_duplicate, no table entry).
# Expect: fail "(?s)is the only Dense of its sizes.*the given encoder is called on both inputs \(2 calls\), which shares its variables"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
