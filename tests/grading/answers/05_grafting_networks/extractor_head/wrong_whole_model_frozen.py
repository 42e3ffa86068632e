# Misconception: freezing the finished model freezes the base under it (it freezes the
# new head too, and nothing would learn).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "everything is frozen, the new layers included"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    readings = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(readings))
    model = keras.Model(readings, outputs)
    model.trainable = False
    return model
