# Misconception: the right side gets a clone of the left encoder, which is the same encoder
# Expect: fail
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    left_enc = keras.Sequential([keras.Input((10,)), keras.layers.Dense(6, activation="tanh")], name="left_enc")
    right_enc = keras.models.clone_model(left_enc)
    right_enc.name = "right_enc"
    right_enc.set_weights(left_enc.get_weights())
    diff = keras.layers.Subtract()([left_enc(left), right_enc(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
