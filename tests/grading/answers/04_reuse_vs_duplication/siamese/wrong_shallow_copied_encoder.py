# Misconception: copy.copy of a layer is a second handle on the same layer (in Keras 3 it
# copies the variables too: the copy's variables keep the original's paths)
# (explained from the variables' paths by check_one_instance, no table entry).
# Expect: fail "(?s)equal values in separate variables.*copy\.copy made a second layer"
import copy


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.layers.Dense(6, activation="tanh")
    left_code = encoder(left)
    twin = copy.copy(encoder)
    twin.name = "same_encoder"
    merged = keras.layers.Subtract()([left_code, twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
