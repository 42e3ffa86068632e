# Misconception: copy.deepcopy makes the duplicate the task asks for (it copies the values
# too: an exact copy, not a fresh one)
# (explained from the variables' paths by check_fresh_duplicate, no table entry).
# Expect: fail "copy\.deepcopy copies the layer with its values"
import copy


def build_two_tower_model(encoder):
    left = keras.Input(shape=(8,))
    right = keras.Input(shape=(8,))
    twin = copy.deepcopy(encoder)
    twin.name = "right_encoder"
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
