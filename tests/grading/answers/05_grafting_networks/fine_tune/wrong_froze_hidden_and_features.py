# Misconception: "freeze the lower layers" means the layers with weights to learn, the
# Dense ones ('hidden' and 'features'); the BatchNormalization is left alone.
# (explained from the layers' trainable flags by grafting_networks.check_trainable, no table entry)
# Expect: fail "Received: +trains 'norm' \(BatchNormalization\); freezes 'features' \(Dense\)"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("features").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-3), loss="categorical_crossentropy")
    return model
