# Misconception: Keras 2's Model(input=..., output=...) keywords still work
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    diff = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model(input=[left, right], output=keras.layers.Dense(1, activation="sigmoid")(diff))
