# Misconception: the encoder's activation can be left to the head (the task's encoder is
# Dense(6, activation="tanh")).
# (explained by the one-change search of ag.check_architecture, no table entry)
# Expect: fail "left_code and right_code have no activation where the task asks for a tanh"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6)
    merged = keras.layers.Subtract()([encoder(left), encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
