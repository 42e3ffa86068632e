# Misconception: a deep copy of the encoder is the encoder (copy.deepcopy makes a new layer
# with new variables that hold the same values; they even keep the original's paths)
# (explained from the variables' paths by check_one_instance, no table entry).
# Expect: fail "(?s)equal values in separate variables.*copy\.deepcopy made a second layer"
import copy


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    left_code = encoder(left)
    right_encoder = copy.deepcopy(encoder)
    right_encoder.name = "right_encoder"
    merged = keras.layers.Subtract()([left_code, right_encoder(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
