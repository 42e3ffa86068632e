# Misconception: a new Dense with the same number of units is a duplicate (the activation is left out).
# Expect: fail "activation='linear' instead of 'tanh'"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    twin = keras.layers.Dense(encoder.units)
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
