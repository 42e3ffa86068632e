# Misconception: a shared encoder must not have a bias of its own (use_bias=False loses
# its 6 biases: 67 parameters, not 73).
# (explained by structure, no table entry)
# Expect: fail "has no bias \(use_bias=False\), the task.s layer has one"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh", use_bias=False)
    merged = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
