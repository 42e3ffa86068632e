# Misconception: two classes call for a sigmoid per class (the task asks for a softmax, whose
# two probabilities sum to 1) (explained by ag.check_architecture's one change, no table entry).
# Expect: fail "service \(Dense\(2\) on features\) has a sigmoid where the task asks for a softmax"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    features = extractor(readings, training=False)
    return keras.Model(readings, keras.layers.Dense(2, activation="sigmoid")(features))
