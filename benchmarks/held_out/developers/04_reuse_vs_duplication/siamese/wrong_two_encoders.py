# Misconception: one encoder per input, each Dense(6, tanh), is what "the same encoder" means
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_code = keras.layers.Dense(6, activation="tanh")(left)
    right_code = keras.layers.Dense(6, activation="tanh")(right)
    diff = keras.layers.Subtract()([left_code, right_code])
    out = keras.layers.Dense(1, activation="sigmoid")(diff)
    return keras.Model([left, right], out)
