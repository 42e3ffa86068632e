# Misconception: the values are the model; the architecture can be rewritten loosely.
# Expect: fail "holds the encoder's values but computes something else"
def copy_encoder(encoder):
    duplicate = keras.Sequential([keras.Input((8,)), keras.layers.Dense(6), keras.layers.Dense(4)])
    duplicate.set_weights(encoder.get_weights())
    return duplicate
