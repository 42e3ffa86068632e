# Misconception: a clone of the encoder shares its weights (clone_model makes a new layer
# with new variables and fresh values) (explained from the names the code uses by
# check_one_instance, no table entry).
# Expect: fail "(?s)2 separate instances.*clone_model made a second layer with new variables and fresh values"
def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    right_encoder = keras.models.clone_model(encoder)
    right_encoder.name = "right_encoder"
    merged = keras.layers.Subtract()([encoder(left), right_encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
