# Misconception: a Siamese difference is the absolute (L1) distance, as in the Stack Overflow siamese network
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    l1 = keras.layers.Lambda(lambda t: keras.ops.abs(t[0] - t[1]))([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(l1))
