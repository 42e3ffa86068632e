# Misconception: the cut layer's output must become an array before a new head reads it (explained from the error and the learner's line by raised.values_of_symbolic, no table entry).
# Expect: fail "\.numpy\(\) asks `base\.get_layer\(.features.\)\.output` for its values"
def build_service_model(base):
    base.trainable = False
    features = base.get_layer("features").output.numpy()
    head = keras.layers.Dense(2, activation="softmax")(features)
    return keras.Model(base.inputs, head)
