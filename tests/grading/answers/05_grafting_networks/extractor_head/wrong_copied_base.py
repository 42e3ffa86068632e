# Misconception: a copy of the base is safer to graft onto than the base itself (copy.copy
# makes new variables with equal values: the trained network given is not in the model)
# (explained from the variables' identity and values by grafting_networks.check_cut, no table entry).
# Expect: fail "Received: +a copy of it: none of its variables is in the model \(the copy has equal values\)"
import copy


def build_service_model(base):
    twin = copy.copy(base)
    extractor = keras.Model(twin.inputs, twin.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="softmax")(features))
