# Misconception: numpy can subtract the symbolic encodings
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = np.subtract(encoder(left).numpy(), encoder(right).numpy())
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
