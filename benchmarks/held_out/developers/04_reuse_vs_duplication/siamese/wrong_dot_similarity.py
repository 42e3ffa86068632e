# Misconception: Siamese models compare by a dot product (cosine similarity) of the encodings
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    sim = keras.layers.Dot(axes=1, normalize=True)([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(sim))
