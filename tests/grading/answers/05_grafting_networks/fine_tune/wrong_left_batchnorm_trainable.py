# Misconception: BatchNormalization has nothing to learn, so it needs no freezing (a
# trainable one runs in training mode in fit and rewrites its moving statistics).
# Expect: fail "(?m)Received: +trains 'norm' \(BatchNormalization\)\n +Likely cause: a BatchNormalization left"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
