# Misconception: the top of the extractor is the part to keep (it freezes 'features',
# the layer to fine-tune, and leaves 'hidden' trainable).
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "Received: +trains 'hidden' \(Dense\); freezes 'features' \(Dense\)"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("norm").trainable = False
    extractor.get_layer("features").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-3), loss="categorical_crossentropy")
    return model
