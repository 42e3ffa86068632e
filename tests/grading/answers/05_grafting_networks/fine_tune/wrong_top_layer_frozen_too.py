# Misconception: fine-tuning means freezing the base (then only the head learns and
# nothing of the base is fine-tuned).
# Expect: fail "(?m)Received: +freezes 'features' \(Dense\)$"
def prepare_fine_tuning(model, extractor):
    extractor.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
