# Alternative: left_code - right_code with the operator; encoder applied in a loop
# Expect: pass
import keras


def build_siamese_model():
    inputs = [keras.Input(shape=(10,)), keras.Input(shape=(10,))]
    encoder = keras.layers.Dense(6, activation="tanh")
    left_code, right_code = [encoder(x) for x in inputs]
    return keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(left_code - right_code))
