# Misconception: a shared encoder must not have a bias of its own (use_bias=False loses
# its 4 biases: 41 parameters, not 45).
# (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\), the task.s layer has one"
def build_siamese_model():
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    encoder = keras.layers.Dense(4, activation="relu", use_bias=False)
    merged = keras.layers.Concatenate()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
