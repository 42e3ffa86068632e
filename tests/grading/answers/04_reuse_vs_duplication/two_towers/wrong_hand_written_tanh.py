# Misconception: the duplicate can be written from the task's example, Dense(4, tanh)
# (the function must duplicate whatever Dense it is given).
# (explained from the layer configurations, no table entry)
# Expect: fail "units=4 instead of 6, activation='tanh' instead of 'sigmoid', use_bias=True instead of False"
def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    twin = keras.layers.Dense(4, activation="tanh")
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
